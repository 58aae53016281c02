"""The floor: a minimal Typer app with one command. Any tool built on today's Typer pays this much."""

import typer

app = typer.Typer()


@app.command()
def main(name: str, json: bool = False) -> None:
    print(f'[{{"unit": "{name}"}}]' if json else name)


if __name__ == "__main__":
    app()
