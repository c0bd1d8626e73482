/* An empty rule cache (cache.h), for tools/mkcache, which makes the real one. */
#include "cache.h"

const struct cache_entry cache_entries[1];
const size_t cache_count = 0;
const unsigned char cache_codes[1];
const struct trig_key cache_keys[1];
const struct names_image cache_tries[1];
const size_t cache_ntries = 0;
