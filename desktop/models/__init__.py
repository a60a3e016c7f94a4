"""Qt table models: thin adapters over lists of catalog results (one model per entity list)."""
