// Measures a SIMD literal-set prefilter (Vectorscan, the engine Nosey Parker and Kingfisher use) over
// leakgate's keywords: one thread, every file of a tree read whole, matches counted. CS=1 makes every
// keyword case-sensitive (a lower bound on the cost of case-insensitive matching).
#define _XOPEN_SOURCE 700
#include <hs/hs.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include <time.h>
static hs_database_t *db; static hs_scratch_t *scratch;
static unsigned long long hits, bytes; static double scan_s;
static char *buf; static size_t cap;
static int on_match(unsigned id, unsigned long long from, unsigned long long to, unsigned flags, void *ctx){hits++;return 0;}
static double now(){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec/1e9;}
static int visit(const char *p,const struct stat *sb,int type,struct FTW *f){
  if(type!=FTW_F) return 0;
  if(strstr(p,"/.git/")) return 0;
  int fd=open(p,O_RDONLY); if(fd<0) return 0;
  size_t n=sb->st_size; if(n>cap){cap=n*2;buf=realloc(buf,cap);}
  size_t got=0; ssize_t r; while(got<n && (r=read(fd,buf+got,n-got))>0) got+=r; close(fd);
  bytes+=got; double t0=now();
  hs_scan(db,buf,got,0,scratch,on_match,NULL); scan_s+=now()-t0; return 0;}
int main(int argc,char**argv){
  FILE*f=fopen(argv[1],"r"); char line[512]; char*pats[4000]; unsigned flags[4000],ids[4000]; size_t lens[4000]; int n=0;
  while(fgets(line,sizeof line,f)){size_t l=strlen(line); if(l&&line[l-1]=='\n')line[--l]=0; if(!l)continue; pats[n]=strdup(line);lens[n]=l;flags[n]=(getenv("CS")?0:HS_FLAG_CASELESS);ids[n]=n;n++;}
  hs_compile_error_t*err; double t0=now();
  if(hs_compile_lit_multi((const char*const*)pats,flags,ids,lens,n,HS_MODE_BLOCK,NULL,&db,&err)!=HS_SUCCESS){fprintf(stderr,"compile: %s\n",err->message);return 1;}
  fprintf(stderr,"compiled %d literals in %.3f s\n",n,now()-t0);
  hs_alloc_scratch(db,&scratch);
  nftw(argv[2],visit,64,FTW_PHYS);
  printf("bytes %llu hits %llu scan %.3f s (%.0f MB/s)\n",bytes,hits,scan_s,bytes/scan_s/1e6);
}
