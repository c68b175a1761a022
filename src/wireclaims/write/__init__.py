"""Writing records: atomic files and output names (`files`), the output targets of `wireclaims extract`
(`targets`: a folder, a JSON Lines or JSON array file, stdout, Parquet), and the analytics tables (`tables`,
`parquet`)."""
