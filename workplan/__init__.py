"""workplan: query the quarterly work plans (工作要点) that Chinese district governments publish."""

__version__ = "0.1.0"
