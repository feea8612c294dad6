/*
 * Does the virtual CPU itself get slower? Every 20 ms, times a fixed piece of arithmetic (about 65 us here, no memory
 * traffic) and prints, each second, the fastest and the median of that second's timings in microseconds. The fastest
 * is the core's speed when the probe was not preempted: if it moves while the load stays the same, the host took
 * speed from the virtual machine; if it does not, a change in the load's CPU a search is the load's own (contention).
 * Costs about 0.3% of a core. Beside the fixed rate (bench/directory/README.md, figures of 2026-12-03 06:39-07:50):
 *
 *   gcc -O1 -o /tmp/speed-probe bench/directory/experiments/speed-probe.c
 *   /tmp/speed-probe 100 > speed.txt &
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now_us(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e6 + t.tv_nsec / 1e3;
}

static int by_value(const void *a, const void *b) {
    double x = *(const double *) a, y = *(const double *) b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
    int seconds = argc == 2 ? atoi(argv[1]) : 0;
    if (seconds <= 0) {
        fprintf(stderr, "usage: speed-probe SECONDS\n");
        return 2;
    }
    volatile uint64_t sink = 0;
    for (int s = 0; s < seconds; s++) {
        double start = now_us(), took[64];
        int n = 0;
        while (now_us() - start < 1e6 && n < 64) {
            double before = now_us();
            uint64_t x = 88172645463325252ULL;  // xorshift: registers only
            for (int i = 0; i < 40000; i++) {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
            }
            sink += x;
            took[n++] = now_us() - before;
            struct timespec pause = {0, 20000000};
            nanosleep(&pause, NULL);
        }
        qsort(took, n, sizeof took[0], by_value);
        time_t wall = time(NULL);
        struct tm utc;
        gmtime_r(&wall, &utc);
        printf("%02d:%02d:%02d fastest %.1f median %.1f of %d\n", utc.tm_hour, utc.tm_min, utc.tm_sec, took[0],
               took[n / 2], n);
        fflush(stdout);
    }
    return 0;
}
