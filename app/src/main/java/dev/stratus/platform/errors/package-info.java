/**
 * What modules' services throw when they refuse a request: domain facts (not found, a conflict, a
 * duplicate, too many attempts), never HTTP. The web layer's {@code ApiExceptionHandler} maps each
 * kind to the error envelope, in one place.
 */
@org.jspecify.annotations.NullMarked
package dev.stratus.platform.errors;
