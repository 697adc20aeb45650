/** A time as the newsroom reads it: Beijing time, to the minute. Server exports and admin pages share it. */
export const beijingTime = (iso: string | null | undefined): string =>
  iso
    ? new Intl.DateTimeFormat('zh-CN', {
        timeZone: 'Asia/Shanghai',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hour12: false,
      }).format(new Date(iso))
    : '—';
