-- The distinct words of a text for term statistics (spike drivers, emerging terms): lower case,
-- links, @handles and #hashtags removed (those are counted as authors and hashtags), at least three
-- characters, not only digits.
create or replace macro mention_terms(text) as
  list_distinct(list_filter(
    regexp_extract_all(lower(regexp_replace(coalesce(text, ''), '(https?://\S+|[@#][\p{L}\p{N}_.]+)', ' ', 'g')), '[\p{L}\p{N}_]+'),
    term -> length(term) >= 3 and not regexp_full_match(term, '[0-9_]+')
  ));
