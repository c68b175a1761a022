"""Running a batch: stories in, records out, in input order (`batch`), in worker processes (`workers`) or on
a Dask cluster (`distributed`, `cluster`, `remote`), with per-story limits (`guard`), error records
(`failures`), resume and a progress bar (`progress`)."""
