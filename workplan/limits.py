"""How much of any input the tool takes, in one place: every bound that stands between a hostile file
(a dataset, a notice, a returned 台账, a pattern) and the memory or time it could claim. Each is far
above what real material needs; SECURITY.md says what each guards and the test behind it."""

from __future__ import annotations

# Files read whole: datasets and notices, and what an office file (a zip) may expand to
MAX_FILE_BYTES = 32 * 1024 * 1024  # parsing takes about 17x the file size in memory: ~550 MiB here
MAX_UNPACKED = 256 * 1024 * 1024  # an office file (docx, xlsx) is a zip: what it may expand to
MAX_UNPACKED_XML = MAX_FILE_BYTES  # what of it is XML parsed whole into a tree: 25 bytes a byte, ~800 MiB

# A dataset (YAML)
MAX_YAML_DEPTH = 200  # the dataset nests 6 deep
MAX_YAML_CONTAINERS = 500_000  # maps and lists of one file: a record makes about 3; each costs ~600 bytes
MAX_SCALAR = 100_000  # characters of one value: an item's text is hundreds; 8 MiB of title took 30 s to search, then memory
MAX_INT_DIGITS = 30  # Python refuses to convert past 4,300 digits; no field of a plan needs more than 4
MAX_PROBLEMS = 1000  # listed of one file; past them the file is refused as it stands

# A notice being imported
MAX_COLUMNS = 63  # the widest table Word makes: a wider row or larger gridSpan is no real table
MAX_LINES = 50_000  # lines and table cells: 100 times a long notice, and a few hundred MB to import
MAX_SENTENCES = 4 * MAX_LINES  # sentence ends (。!?): about 400 bytes each on the way to a dataset
MAX_WARNINGS = 1000  # what one notice's import says; the rest are counted
MAX_TABLE_ROWS = 200_000  # rows of a table or Markdown drawn for people, whole in memory (two million ran
# out of it, exit 70); past them a line says how many more, which CSV, JSON and JSONL stream
MAX_TABLE_CHARS = 8_000_000  # characters of cells drawn, ~40 bytes each when laid out: 200,000 rows of 40
MAX_ASIDE_DEPTH = 64  # tables in cells, text boxes, notes: a real notice nests a few deep
# characters of long merged cells (past 200 a cell) repeated in one notice's tables: each is read as a
# list of units again (a 3,000-unit cell down 3,000 rows took 174 s)
MAX_REPEATED_TEXT = 256 * 1024
MAX_SHEET_TEXT = 8_000_000  # characters of a workbook imported as a notice: a merged range carries its text
# into every cell it covers, and 50,000 cells of Excel's 32,767 characters would be 1.6 billion
MAX_EMBEDDED = 32 * 1024 * 1024  # what altChunks may hold in all, as much as a notice file
MAX_NESTING = 100_000  # unclosed tags held open: a page nests tens deep, old ones with unclosed <p> thousands

# Parsers run in a child process held by the operating system (PDFs, returned workbooks)
CPU_SECONDS = 20  # the most any input gets: 4 times what a 140-page notice needs, and inside a 45 s
# wait however the file is padded (120 s had let 3 MB of junk after %%EOF buy a hostile PDF 73 s)
WALL_SECONDS = (
    40  # the parent's deadline at most (30 s of CPU had taken past 45 s with another run on 2 cores)
)
READ_HERE_BYTES = 1 << 18  # a notice larger than this (and any PDF) is read in such a child: 256 KiB of
# the costliest text known (a page of header words, each line a header's start) reads in about 8 s here
# (pass 89: 512 KB of it had run past 45 s in the parent, unbounded)
READ_HERE_UNPACKED = 1 << 20  # a .docx by what it unpacks to (Word's styles and theme alone: 100s of KB)
BASE_SECONDS = 10  # what the smallest input gets...
BYTES_A_SECOND = 50_000  # ...and one second more per this much of it (a 140-page PDF, 420 KB: 4.6 s)
MEMORY_BYTES = 2 << 30  # beyond what the process already maps when it starts the child
MAX_LOG_LINES = 100  # a parser's messages shown; past it, one line says how it goes on

# A returned 台账
MAX_LEDGER_BYTES = 20 * 1024 * 1024  # a 台账 of a few thousand rows is well under 1 MB
MAX_LIST_BYTES = 4 * 1024 * 1024  # import --from-list: 50,000 addresses of 80 characters
MAX_LIST_ENTRIES = 50_000  # ... and no more entries, however short
MAX_WORDS_BYTES = 256 * 1024  # 状态词.yaml: thousands of words; a larger file is something else
MAX_LEAD_CELL = 2000  # characters of a returned 台账's 牵头单位 cell: a long list of units is a few hundred
MAX_LEDGER_REPORTS = 500_000  # reports one file makes: 10,000 rows of 50 units (a few thousand rows of a
# few units each is what units send back)
MAX_READ_REPORTS = 1_000_000  # reports one reading of the store holds (1,000,000: 11 s and under 1.5 GB;
# 2,250,000, five full ledgers, had run out of memory, exit 70): past it, exit 3 and what to narrow by
MAX_READ_CHARS = (
    10_000_000  # characters of notes, source names and names past 32 one reading holds (pass 91: 6,000
)
# reports of notes at the 100,000-character bound ran out of memory; pass 92: 42 million characters of
# notes made by `progress set` ran `progress log`'s table out of memory — it costs ~40 bytes a character,
# and 20 million characters outside the BMP took 37 s of the 45 allowed; 10 million is 200,000 notes of 50)
MAX_NOTES = 4 * 1024 * 1024  # characters of 完成情况 in one file: 100,000 rows of 40, or 4,000 of 1,000
MAX_ROWS = 100_000
MAX_CELLS = 2_000_000  # a sheet's used range: 100,000 rows of 20 columns
MAX_WORD_CELL = (
    200  # characters of a 编号/进展状态/完成进度/填报日期/本单位/文档 cell: a word, a date, a name
)

# What a person types, and what the tool keeps
MAX_PATTERN = 256  # characters of a --doc pattern: a document id has at most 64
MAX_NUMBER_LENGTH = 6  # 999999 or 九百九十九: more than any notice numbers
MAX_ID_LENGTH = 40  # 攻坚专项(九百九十九) and 十二.三十四.五十六 are far shorter
MAX_TOTAL_BYTES = 1 << 30  # the cache's entries together; the oldest go first
