/**
 * What every module stands on: the response envelope and error codes, request ids, security and
 * rate limits, health, the AWS clients and the cloud resources each module declares.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.stratus.platform;
