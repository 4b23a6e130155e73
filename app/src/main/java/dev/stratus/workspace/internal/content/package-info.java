/**
 * What the workspace accepts as a user's file: an allow-list of types, each recognised by its content
 * ({@link dev.stratus.workspace.internal.content.FileContent}), shared by document attachments and profile
 * pictures.
 */
@org.jspecify.annotations.NullMarked
package dev.stratus.workspace.internal.content;
