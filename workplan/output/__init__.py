"""What the tool writes for a person or a program, in one place: `render` (terminal tables, CSV, TSV,
JSON, JSONL, Markdown, and the one escaping rule for text a person reads), `layout` (Chinese
line-breaking and column widths for every table and help text), `xlsx` (the one spreadsheet writer,
its sheet and page set-up shared by the 台账 and the 通报) and `docx` (the one Word writer: a document
laid out as a government office issues it). The core decides what to say; these say it."""
