# The JVM options of ./tifa, sourced by it and by bench/hanlp-alone, so that the baseline a user's run
# is compared with starts the same way (an array, opts). Why each, measured: see the head of ./tifa.
opts=(-XX:+IgnoreUnrecognizedVMOptions -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn64m -Xmx1g -Xlog:cds=off -Xlog:cds+dynamic=off)
thp=""
read -r thp 2>/dev/null </sys/kernel/mm/transparent_hugepage/enabled || true
if [[ "$thp" == *"[madvise]"* ]]; then
  opts+=(-XX:+UseTransparentHugePages) # with [always] the kernel does it unasked; with [never] it cannot
fi
