/**
 * Renders a real, buildable project from a valid schema: Java sources with JavaPoet, the other files from
 * jte templates ({@code src/main/jte/workspace}), all in memory and handed back as a zip with its file list.
 * Only stacks whose generated projects a test builds offline are offered ({@link CodeGenerators#offered()}).
 */
@org.jspecify.annotations.NullMarked
package dev.stratus.workspace.internal.codegen;
