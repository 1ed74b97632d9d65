DROP TABLE ignored_by_includes;
