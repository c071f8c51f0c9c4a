-- Before Flyway, a hand-rolled migrator kept its history in schema_version(version, description,
-- applied_at_ms). A database it made is baselined at that table's highest version (see SchemaMigrator);
-- the table is then dropped so that flyway_schema_history is the one record of the schema.
DROP TABLE IF EXISTS schema_version;
