"""stdio for the MCP server on the event loop's own pipes: no worker thread for each line in and out.

The SDK's stdio transport reads and writes through worker threads (three hops a reply); on a busy machine
that was most of a call's cost. This hands the SDK's `stdio_server` the same lines over asyncio pipes, and
keeps its promise that stray output never reaches the wire: fd 0 reads the null device and fd 1 goes to
stderr while serving. Anything that is not a pipe (a file, a terminal) gets the SDK's own transport."""

from __future__ import annotations

import asyncio
import os
import stat
from typing import Any

from mcp.server.stdio import stdio_server

LINE_LIMIT = 4 * 1024 * 1024  # one JSON-RPC message a line; the SDK's HTTP body limit is the same size


class _Lines:
    """The wire's lines as `async for` gives them, decoded like the SDK does."""

    def __init__(self, reader: asyncio.StreamReader):
        self.reader = reader

    def __aiter__(self) -> _Lines:
        return self

    async def __anext__(self) -> str:
        line = await self.reader.readline()
        if not line:
            raise StopAsyncIteration
        return line.decode("utf-8", errors="replace")


class _Out:
    """write + flush, as the SDK's writer calls them."""

    def __init__(self, writer: asyncio.StreamWriter):
        self.writer = writer

    async def write(self, text: str) -> None:
        self.writer.write(text.encode("utf-8"))

    async def flush(self) -> None:
        await self.writer.drain()


def _is_pipe(fd: int) -> bool:
    try:
        mode = os.fstat(fd).st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


async def serve_stdio(server: Any) -> None:
    """Run `server` (an MCPServer) over this process's stdin and stdout until the client closes stdin."""
    lowlevel = getattr(server, "_lowlevel_server", None)
    if lowlevel is None or not (_is_pipe(0) and _is_pipe(1)):
        await server.run_stdio_async()
        return
    loop = asyncio.get_running_loop()
    wire_in, wire_out = os.dup(0), os.dup(1)
    saved_in, saved_out = os.dup(0), os.dup(1)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.dup2(2, 1)
    os.close(null)
    try:
        reader = asyncio.StreamReader(limit=LINE_LIMIT)
        await loop.connect_read_pipe(
            lambda: asyncio.StreamReaderProtocol(reader), os.fdopen(wire_in, "rb", 0)
        )
        transport, protocol = await loop.connect_write_pipe(
            asyncio.streams.FlowControlMixin, os.fdopen(wire_out, "wb", 0)
        )
        writer = asyncio.StreamWriter(transport, protocol, reader, loop)
        async with stdio_server(stdin=_Lines(reader), stdout=_Out(writer)) as (read, write):  # type: ignore[arg-type]
            await lowlevel.run(read, write, lowlevel.create_initialization_options())
        transport.close()
    finally:
        os.dup2(saved_in, 0)
        os.dup2(saved_out, 1)
        os.close(saved_in)
        os.close(saved_out)
