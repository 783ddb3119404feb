#ifndef REPORTLINT_CPCRE2_SHIM_H
#define REPORTLINT_CPCRE2_SHIM_H

// Swift cannot import PCRE2's generic names (they are function-like macros), so the wrapper
// calls the `_8` functions; this width selects them.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

// PCRE2_UNSET is `~(PCRE2_SIZE)0`, a macro Swift does not import.
static inline PCRE2_SIZE cpcre2_unset(void) { return PCRE2_UNSET; }
// PCRE2_ZERO_TERMINATED is also a macro.
static inline PCRE2_SIZE cpcre2_zero_terminated(void) { return PCRE2_ZERO_TERMINATED; }

// The calling thread's `MatchScratch`, in use or not (unretained; its thread-specific key owns it),
// read and written without calls into pthreads: pthread_getspecific and pthread_setspecific
// twice a search were 150 instructions (10 MB: 17,000 searches). Called from MatchScratch.swift
// alone: a static inline function's static is one per file that compiles a call to it.
static inline void **cpcre2_thread_scratch(void) {
  static __thread void *scratch;
  return &scratch;
}

#endif
