-- Parsing rules shared by ingest validation and staging, so a value is judged the same way in both.
-- Naive timestamps are read in the file's declared time zone (UTC unless a mapping says otherwise);
-- slashed dates need a day/month order unless one part is above 12, and are never guessed.

create or replace macro ts_is_zoned(s) as
  regexp_matches(trim(s), '(Z|[+-][0-9]{2}:?[0-9]{2}|[+-][0-9]{4} [0-9]{4})$') or regexp_matches(trim(s), ' [+-][0-9]{4} ');

create or replace macro slash_date_order(s, date_order) as
  case
    when not regexp_matches(trim(s), '^[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}') then null
    when date_order in ('dmy', 'mdy') then date_order
    when split_part(trim(s), '/', 1)::int > 12 then 'dmy'
    when split_part(trim(s), '/', 2)::int > 12 then 'mdy'
    else 'ambiguous'
  end;

create or replace macro parse_naive_timestamp(s, date_order) as
  coalesce(
    try_cast(trim(s) as timestamp),
    try_strptime(trim(s), ['%d-%b-%Y %I:%M %p', '%d-%b-%Y %I:%M%p', '%d-%b-%Y %H:%M:%S', '%d-%b-%Y %H:%M', '%d-%b-%Y',
                           '%d %b %Y %H:%M:%S', '%d %b %Y', '%b %d, %Y %I:%M %p', '%b %d, %Y %H:%M:%S', '%b %d, %Y',
                           '%Y/%m/%d %H:%M:%S', '%Y/%m/%d %H:%M', '%Y/%m/%d', '%Y-%m-%d %I:%M %p', '%Y-%m-%d %I:%M:%S %p']),
    case slash_date_order(s, date_order)
      when 'dmy' then try_strptime(trim(s), ['%d/%m/%Y %H:%M:%S', '%d/%m/%Y %H:%M', '%d/%m/%Y %I:%M %p', '%d/%m/%Y'])
      when 'mdy' then try_strptime(trim(s), ['%m/%d/%Y %H:%M:%S', '%m/%d/%Y %H:%M', '%m/%d/%Y %I:%M %p', '%m/%d/%Y'])
    end
  );

create or replace macro parse_timestamp(s, date_order, tz) as
  case
    -- ISO 8601 is most of every export: one cast, no pattern matching. A naive value is read as UTC
    -- explicitly: a cast to timestamptz would use the session's TimeZone, and staging views also run
    -- in analysts' sessions that are not UTC.
    when coalesce(tz, 'UTC') = 'UTC' and try_cast(s as timestamp) is not null then
      case
        when right(trim(s), 1) in ('Z', 'z') or contains(substr(trim(s), 11), '+') or contains(substr(trim(s), 11), '-')
          then try_cast(s as timestamptz)
        else timezone('UTC', try_cast(s as timestamp))
      end
    when s is null or trim(s) = '' then null
    when regexp_full_match(trim(s), '[0-9]{9,10}(\.[0-9]+)?') then to_timestamp(trim(s)::double)
    when regexp_full_match(trim(s), '[0-9]{12,13}') then to_timestamp(trim(s)::bigint / 1000.0)
    when ts_is_zoned(s) then coalesce(
      try_cast(trim(s) as timestamptz),
      try_strptime(trim(s), ['%a %b %d %H:%M:%S %z %Y', '%Y-%m-%d %H:%M:%S %z', '%d-%b-%Y %H:%M:%S %z']))
    else timezone(coalesce(tz, 'UTC'), parse_naive_timestamp(s, date_order))
  end;

-- Why a timestamp was refused, given the text and what parse_timestamp made of it.
create or replace macro timestamp_problem(s, parsed, date_order) as
  case
    when parsed is not null and year(parsed) between 1990 and 2100 then null
    when s is null or trim(s) = '' then 'created_at is empty'
    when parsed is not null then
      'created_at ''' || left(s, 60) || ''' is outside 1990–2100 (an epoch in the wrong unit?)'
    when slash_date_order(s, date_order) = 'ambiguous' then
      'created_at ''' || left(s, 60) || ''' is ambiguous (day/month or month/day); set dateOrder: "dmy" or "mdy" for this file in listening.config.ts'
    else
      'created_at ''' || left(s, 60) || ''' is not a recognized timestamp (ISO 8601, epoch seconds or milliseconds, or a vendor date form)'
  end;

create or replace macro parse_count(s) as
  case
    when s is null or trim(s) = '' then null
    else coalesce(
      -- A bare cast would round '1.204' (a German 1,204) to 1; only whole numbers cast directly.
      case when regexp_full_match(trim(s), '[+-]?[0-9]+') then try_cast(trim(s) as bigint) end,
      case when regexp_full_match(trim(s), '[0-9]{1,3}(,[0-9]{3})+') then replace(trim(s), ',', '')::bigint end,
      case when regexp_full_match(trim(s), '[0-9]+\.0+') then split_part(trim(s), '.', 1)::bigint end,
      case when regexp_full_match(upper(trim(s)), '[0-9]+(\.[0-9]+)?[KMB]') then
        round(left(trim(s), -1)::double * case upper(right(trim(s), 1)) when 'K' then 1e3 when 'M' then 1e6 else 1e9 end)::bigint
      end)
  end;

create or replace macro count_problem(name, s) as
  case
    -- No cast as a shortcut: a cast passes '1.204' (it rounds), '0x1F', '1_000' and '12\v', which parse_count refuses.
    when s is null or trim(s) = '' or parse_count(s) is not null then null
    else name || ' ''' || left(s, 40) || ''' is not a count'
  end;

create or replace macro parse_bool(s) as
  case
    when s is null or trim(s) = '' then null
    when lower(trim(s)) in ('true', 't', 'yes', 'y', '1', 'verified', 'blue') then true
    when lower(trim(s)) in ('false', 'f', 'no', 'n', '0', 'unverified', 'none') then false
  end;

create or replace macro bool_problem(name, s) as
  case when s is not null and trim(s) <> '' and parse_bool(s) is null
    then name || ' ''' || left(s, 40) || ''' is not true/false' end;

create or replace macro mention_reject_reason(created_at, parsed_created_at, date_order, followers, likes, shares, comments, views, reach, verified) as
  nullif(concat_ws('; ',
    timestamp_problem(created_at, parsed_created_at, date_order),
    count_problem('author_followers', followers),
    count_problem('likes', likes),
    count_problem('shares', shares),
    count_problem('comments', comments),
    count_problem('views', views),
    count_problem('reach', reach),
    bool_problem('is_author_verified', verified)), '');

create or replace macro platform_from_url(url) as
  case
    when url is null then null
    when regexp_matches(lower(url), '^https?://([a-z0-9-]+\.)*(twitter\.com|x\.com|t\.co)/') then 'x'
    when regexp_matches(lower(url), '^https?://([a-z0-9-]+\.)*(reddit\.com|redd\.it)/') then 'reddit'
    when regexp_matches(lower(url), '^https?://([a-z0-9-]+\.)*(youtube\.com|youtu\.be)/') then 'youtube'
    when regexp_matches(lower(url), '^https?://([a-z0-9-]+\.)*instagram\.com/') then 'instagram'
    when regexp_matches(lower(url), '^https?://([a-z0-9-]+\.)*(facebook\.com|fb\.com)/') then 'facebook'
    when regexp_matches(lower(url), '^https?://([a-z0-9-]+\.)*tiktok\.com/') then 'tiktok'
    when regexp_matches(lower(url), '^https?://([a-z0-9-]+\.)*linkedin\.com/') then 'linkedin'
  end;

-- A comment's URL names its post and the comment: the comment is the mention.
create or replace macro native_id_from_url(platform, url) as
  nullif(case platform
    when 'x' then regexp_extract(url, '/status(?:es)?/([0-9]+)', 1)
    when 'reddit' then case
      when regexp_matches(url, '/comments/[A-Za-z0-9]+/[^/]*/([A-Za-z0-9]+)') then 't1_' || regexp_extract(url, '/comments/[A-Za-z0-9]+/[^/]*/([A-Za-z0-9]+)', 1)
      when regexp_matches(url, '/comments/([A-Za-z0-9]+)') then 't3_' || regexp_extract(url, '/comments/([A-Za-z0-9]+)', 1)
    end
    when 'youtube' then coalesce(
      nullif(regexp_extract(url, '[?&]lc=([A-Za-z0-9_.-]+)', 1), ''),
      regexp_extract(url, '(?:v=|youtu\.be/|shorts/)([A-Za-z0-9_-]{11})', 1))
    when 'instagram' then coalesce(
      nullif(regexp_extract(url, '/(?:p|reel|tv)/[A-Za-z0-9_-]+/c/([0-9]+)', 1), ''),
      regexp_extract(url, '/(?:p|reel|tv)/([A-Za-z0-9_-]+)', 1))
    when 'tiktok' then regexp_extract(url, '/video/([0-9]+)', 1)
    when 'facebook' then coalesce(
      nullif(regexp_extract(url, '[?&]comment_id=([0-9]+)', 1), ''),
      regexp_extract(url, '(?:posts|videos|permalink)/([0-9]+)', 1))
  end, '');

-- A link to another post: a native id, a reddit fullname, or a URL of the post.
create or replace macro linked_mention_id(platform, value) as
  case
    when value is null or trim(value) = '' then null
    when not starts_with(trim(value), 'http') then platform || ':' || trim(value)
    when regexp_matches(trim(value), '^https?://') then
      coalesce(platform_from_url(trim(value)), platform) || ':' || native_id_from_url(coalesce(platform_from_url(trim(value)), platform), trim(value))
    else platform || ':' || trim(value)
  end;

create or replace macro normalize_url(url) as
  nullif(regexp_replace(regexp_replace(lower(trim(url)), '^https?://(www\.)?', ''), '/+$', ''), '');

create or replace macro parse_list(s, prefix) as
  case
    when s is null or trim(s) = '' then null
    when trim(s) like '[%' and json_valid(trim(s)) then
      list_filter(list_transform(
        list_transform(json_extract(trim(s), '$[*]')::json[], v -> coalesce(v->>'tag', v->>'username', v->>'expanded_url', v->>'$')),
        v -> case when prefix = '' then v else lower(ltrim(v, prefix)) end), v -> v is not null and v <> '')
    else list_filter(list_transform(regexp_split_to_array(trim(s), '[\s,;]+'),
        v -> case when prefix = '' then v else lower(ltrim(v, prefix)) end), v -> v <> '')
  end;
