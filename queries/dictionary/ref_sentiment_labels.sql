-- The data dictionary for ref_sentiment_labels: applied by the runner after the stage that builds it (a rebuilt
-- table loses its comments). Columns without a line here take the comment of the same column of
-- the relation they are selected from.
comment on table ref_sentiment_labels is 'Seed (queries/seeds/sentiment_labels.csv): vendor sentiment labels mapped to positive, neutral or negative.';
comment on column ref_sentiment_labels.value is 'A vendor''s sentiment label, lower case (pos, favorable, …).';
comment on column ref_sentiment_labels.sentiment is 'positive, neutral or negative.';
