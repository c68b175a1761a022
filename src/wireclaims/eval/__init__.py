"""Evaluation: gold labels in (`gold`: our own format; `brat`: BRAT standoff, PolNeAR), scores out
(`score`, `score_brat`, `report`), attribution by stage (`stages`); `runner` ties them to the pipeline."""
