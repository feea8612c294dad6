/* Does the machine itself stall? Sleeps 1 ms in a loop and prints, each second, how late it woke (max, and
 * how many times over 5 and 20 ms). Run it beside a load at a real-time priority (chrt -f 50) and at a normal one:
 * gcc -O2 -o /tmp/stall-probe bench/directory/experiments/stall-probe.c && chrt -f 50 /tmp/stall-probe 50
 * (bench/directory/README.md, figures of 2026-12-02 20:14-21:35). */
#include <stdio.h>
#include <time.h>
#include <stdlib.h>
static double now(){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec*1e3+t.tv_nsec/1e6;}
int main(int c,char**v){int secs=atoi(v[1]);double start=now(),sec=start;double mx=0;int over5=0,over20=0;long n=0;
 struct timespec d={0,1000000};
 while(now()-start<secs*1000.0){double a=now();nanosleep(&d,0);double late=now()-a-1.0;n++;if(late>mx)mx=late;if(late>5)over5++;if(late>20)over20++;
  if(now()-sec>=1000){printf("%.0f max_late=%.1fms over5=%d over20=%d n=%ld\n",(now()-start)/1000,mx,over5,over20,n);fflush(stdout);sec=now();mx=0;over5=over20=n=0;}}
}
