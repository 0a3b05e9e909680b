// The oldest glibc the release binary runs on (README, "Installing"): the binary links
// the Swift runtime and Foundation statically, and each C library function they call
// is bound to the newest version of it in the glibc that links them. hypotf was given
// a new version in glibc 2.35 (a faster implementation, same results), and it alone
// would raise the floor from 2.34 to 2.35. Defined here, in the program itself, the
// runtime's calls use this one and need no version at all.
#include <math.h>

#if defined(__linux__) && defined(__GLIBC__)

float hypotf(float x, float y) {
    if (isinf(x) || isinf(y)) return INFINITY;
    // Exact in double: a float squared has at most 48 significant bits, and neither
    // square can overflow or underflow there; one rounding to float at the end.
    return (float)sqrt((double)x * (double)x + (double)y * (double)y);
}
#endif
