-- Quote.speaker.inferred: how a speaker no attribution names was inferred ('continuation': a
-- paragraph that is only a quotation continues the previous paragraph's speaker); NULL when
-- an attribution names the speaker.
ALTER TABLE quotes ADD COLUMN speaker_inferred TEXT;
