"""Developer tools: screenshots, diagram previews, a private X server."""
