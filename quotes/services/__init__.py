"""Operations that touch several models, one module per concern: imports, batches, editing, speakers, search,
counting, accuracy, training."""
