"""The filters, one concern per module; the registry lives in textclean.pipeline."""
