"""The workshop room: `okrcoach serve`, a live phrasing page and a facilitator's board (Starlette + uvicorn)."""
