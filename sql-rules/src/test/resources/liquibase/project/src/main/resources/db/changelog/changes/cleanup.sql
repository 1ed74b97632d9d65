DELETE FROM temp_data;
