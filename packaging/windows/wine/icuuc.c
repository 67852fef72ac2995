/* A stand-in for Windows' own icuuc.dll, for building and trying the kiosk under Wine only.
 *
 * Qt 6.10 and later on Windows link Qt6Core.dll against the ICU that Windows 10 (1703 and later)
 * carries in System32; Wine has none, so Qt6Core.dll does not load under Wine. Qt uses this
 * library only for text encodings other than its own (UTF-8/16/32, Latin-1, the system code
 * page): the kiosk reads and writes UTF-8 only. This stand-in has the twenty converter
 * functions Qt6Core imports, and has no converters: ucnv_open always fails, so Qt falls back
 * to its own codecs.
 *
 * build-on-linux.sh compiles it with Debian's mingw-w64 into the Wine prefix's System32, where
 * PyInstaller counts it as part of Windows and leaves it out of the bundle: a real Windows PC
 * uses its own. Built with: x86_64-w64-mingw32-gcc -shared -O2 -o icuuc.dll icuuc.c
 */
#include <stddef.h>
#include <stdint.h>

#define EXPORT __declspec(dllexport)
#define U_FILE_ACCESS_ERROR 4 /* ICU's "no such converter" */

typedef int32_t UErrorCode;

static void failed(UErrorCode *err) {
    if (err && *err <= 0) *err = U_FILE_ACCESS_ERROR;
}

EXPORT void *ucnv_open(const char *name, UErrorCode *err) { (void)name; failed(err); return NULL; }
EXPORT void ucnv_close(void *cnv) { (void)cnv; }
EXPORT void ucnv_reset(void *cnv) { (void)cnv; }
EXPORT int8_t ucnv_getMaxCharSize(const void *cnv) { (void)cnv; return 1; }
EXPORT const char *ucnv_getName(const void *cnv, UErrorCode *err) { (void)cnv; failed(err); return NULL; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err) {
    (void)name; (void)standard; failed(err); return NULL;
}
EXPORT int32_t ucnv_toUCountPending(const void *cnv, UErrorCode *err) { (void)cnv; failed(err); return 0; }
EXPORT int32_t ucnv_fromUCountPending(const void *cnv, UErrorCode *err) { (void)cnv; failed(err); return 0; }
EXPORT void ucnv_toUnicode(void *cnv, void *target, const void *targetLimit, const char **source,
                           const char *sourceLimit, int32_t *offsets, int8_t flush, UErrorCode *err) {
    (void)cnv; (void)target; (void)targetLimit; (void)source; (void)sourceLimit; (void)offsets;
    (void)flush; failed(err);
}
EXPORT void ucnv_fromUnicode(void *cnv, char **target, const char *targetLimit, const void *source,
                             const void *sourceLimit, int32_t *offsets, int8_t flush, UErrorCode *err) {
    (void)cnv; (void)target; (void)targetLimit; (void)source; (void)sourceLimit; (void)offsets;
    (void)flush; failed(err);
}
/* Callbacks: Qt reads and sets them on a converter it never gets here. */
EXPORT void ucnv_getToUCallBack(const void *cnv, void **action, const void **context) {
    (void)cnv; if (action) *action = NULL; if (context) *context = NULL;
}
EXPORT void ucnv_getFromUCallBack(const void *cnv, void **action, const void **context) {
    (void)cnv; if (action) *action = NULL; if (context) *context = NULL;
}
EXPORT void ucnv_setToUCallBack(void *cnv, void *action, const void *context, void **oldAction,
                                const void **oldContext, UErrorCode *err) {
    (void)cnv; (void)action; (void)context; (void)oldAction; (void)oldContext; failed(err);
}
EXPORT void ucnv_setFromUCallBack(void *cnv, void *action, const void *context, void **oldAction,
                                  const void **oldContext, UErrorCode *err) {
    (void)cnv; (void)action; (void)context; (void)oldAction; (void)oldContext; failed(err);
}
EXPORT void ucnv_cbToUWriteUChars(void *args, const void *source, int32_t length, int32_t offsetIndex,
                                  UErrorCode *err) {
    (void)args; (void)source; (void)length; (void)offsetIndex; failed(err);
}
EXPORT void ucnv_cbFromUWriteUChars(void *args, const void **source, const void *sourceLimit,
                                    int32_t offsetIndex, UErrorCode *err) {
    (void)args; (void)source; (void)sourceLimit; (void)offsetIndex; failed(err);
}
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const void *codeUnits,
                                            int32_t length, int32_t codePoint, int32_t reason,
                                            UErrorCode *err) {
    (void)context; (void)args; (void)codeUnits; (void)length; (void)codePoint; (void)reason;
    failed(err);
}
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const char *codeUnits,
                                          int32_t length, int32_t reason, UErrorCode *err) {
    (void)context; (void)args; (void)codeUnits; (void)length; (void)reason; failed(err);
}
