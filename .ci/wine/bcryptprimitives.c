/* Wine 8 has no bcryptprimitives.dll, where Rust's standard library finds ProcessPrng
 * (its random source on Windows 10 and later). For the Wine smoke test only
 * (.ci/windows-smoke): the same bytes from advapi32's RtlGenRandom. Real Windows has
 * the real DLL; this one is never shipped. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
