/**
 * A project's data schema as the contract carries it (entities with typed fields and relations), the
 * rules a schema must meet before it is stored or generated from, and the difference between two
 * versions. Pure: no storage, no HTTP.
 */
@org.jspecify.annotations.NullMarked
package dev.stratus.workspace.internal.schema;
