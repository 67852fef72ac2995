/* A stand-in for Windows' own bcryptprimitives.dll, for building and trying the kiosk under
 * Wine only (Wine 8 has none; Windows 10 and later carry it in System32).
 *
 * pydantic-core is written in Rust, whose standard library takes its random numbers (hash map
 * seeds) from ProcessPrng in this library; without it _pydantic_core.pyd does not load. This
 * stand-in answers ProcessPrng from RtlGenRandom (advapi32's SystemFunction036), which Wine has.
 *
 * build-on-linux.sh compiles it with Debian's mingw-w64 into the Wine prefix's System32, where
 * PyInstaller counts it as part of Windows and leaves it out of the bundle.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length); /* RtlGenRandom */

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size) {
    while (size > 0) {
        ULONG chunk = size > 0x10000000 ? 0x10000000 : (ULONG)size;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
