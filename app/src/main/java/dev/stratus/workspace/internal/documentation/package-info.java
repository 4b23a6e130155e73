/**
 * Documentation attachments' keys in the workspace bucket and the rules their file names keep.
 */
@org.jspecify.annotations.NullMarked
package dev.stratus.workspace.internal.documentation;
