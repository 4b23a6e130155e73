package dev.stratus.platform.workflow;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One {@code Catch} entry: the error output {@code {"Error","Cause"}} goes to {@code next}, placed in
 * the state's input at {@code resultPath} (null: the input passes on unchanged).
 */
record Catcher(List<String> errorEquals, @Nullable String resultPath, String next) {
}
