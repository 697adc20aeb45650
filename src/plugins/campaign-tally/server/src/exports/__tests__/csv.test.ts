import type { TallyResponse } from '../../../../shared/contracts';
import { BOM, toCsv } from '../csv';
import { tallyTable } from '../tally-table';

const data = {
  params: {
    campaign: 'c',
    groupBy: ['department', 'period'],
    period: 'month',
    from: null,
    to: null,
    timeZone: 'Asia/Shanghai',
  },
  rows: [
    {
      department: 'shen-pi-ju',
      period: '2019-03',
      count: 2,
      labels: { department: '区行政审批服务局', period: '2019年3月' },
    },
    {
      department: 'x',
      period: null,
      count: 0,
      labels: { department: '区"发改"局, 二处', period: '未知' },
    },
  ],
} as unknown as TallyResponse['data'];

describe('CSV shaping', () => {
  it('has one column per dimension with Chinese headers, labels as cells and the count last', () => {
    expect(tallyTable(data)).toEqual({
      headers: ['部门', '时段', '已发布数量'],
      rows: [
        ['区行政审批服务局', '2019年3月', 2],
        ['区"发改"局, 二处', '未知', 0],
      ],
    });
  });

  it('starts with a BOM, ends lines with CRLF and quotes what needs quoting', () => {
    const csv = toCsv(tallyTable(data));
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      '部门,时段,已发布数量',
      '区行政审批服务局,2019年3月,2',
      '"区""发改""局, 二处",未知,0',
      '',
    ]);
  });
});
