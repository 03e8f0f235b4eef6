"""Operations that touch several models, one module per concern: imports, editing, search."""
