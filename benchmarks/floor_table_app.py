"""The table floor: the minimal Typer app that also prints a one-row rich table."""

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer()


@app.command()
def main(name: str) -> None:
    table = Table("编号", "工作任务")
    table.add_row("2.6", name)
    Console().print(table)


if __name__ == "__main__":
    app()
