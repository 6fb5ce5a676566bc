-- The completion percentage is typed as people write it ("50,5"): two decimals instead of whole numbers.
ALTER TABLE progress_entry ALTER COLUMN percent_done TYPE NUMERIC(5, 2);
