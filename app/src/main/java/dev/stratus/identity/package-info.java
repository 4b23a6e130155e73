/**
 * The user pool: sign-up with emailed codes, sign-in with ID, access and refresh tokens, password
 * reset, the four roles and the admin's view of users; local in DynamoDB or on Cognito.
 */
@org.jspecify.annotations.NullMarked
package dev.stratus.identity;
