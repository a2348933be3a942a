"""Storage: table schemas, atomic Parquet batches and the DuckDB views over them."""
