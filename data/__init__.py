"""The curated datasets, shipped inside the wheel as the package `workplan.data`."""
