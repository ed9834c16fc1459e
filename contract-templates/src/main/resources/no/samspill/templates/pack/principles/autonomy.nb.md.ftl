Partene respekterer hverandres selvstendighet og rett til å ivareta egne legitime interesser. Beslutninger som berører begge Parter, treffes først etter at den andre parten er reelt involvert.
