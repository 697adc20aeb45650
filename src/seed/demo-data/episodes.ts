import type { EpisodeSpec } from './types';

export const PROGRAMME = '张店民声';

/** 《张店民声》 专题问政: two aired episodes, and a 回头看 still in draft. */
export const EPISODES: EpisodeSpec[] = [
  {
    title: '《张店民声》优化营商环境专题问政第一期：项目审批和市政配套的堵点在哪里',
    programme: PROGRAMME,
    number: 1,
    airDate: '2019-04-15',
    summary: '聚焦项目审批和市政配套，记者暗访企业办事现场，相关部门负责人到场接受问政。',
    departments: ['区行政审批服务局', '区住房和城乡建设局', '区城市管理局', '区自然资源局'],
    problems: [
      {
        description: '园区一家企业新建厂房竣工后，污水管网迟迟无法接入，企业多次反映未果。',
        department: '区住房和城乡建设局',
        status: 'resolved',
        dueDate: '2019-05-31',
        resolution:
          '已完成管网接入工程施工，企业于5月下旬正式接入，并建立园区配套问题定期排查机制。',
      },
      {
        description: '办理施工许可时，同一份材料在不同窗口被要求重复提交。',
        department: '区行政审批服务局',
        status: 'resolved',
        dueDate: '2019-04-30',
        resolution: '推行施工许可并联审批和材料共享，已在前置环节提交的材料不再重复收取。',
      },
      {
        description: '道路挖掘审批与占道施工审批分属不同环节，企业需要多次往返。',
        department: '区城市管理局',
        status: 'resolved',
        dueDate: '2019-05-15',
        resolution: '两项审批合并为一个事项，在综合窗口一次受理、一次办结。',
      },
      {
        description: '部分工业项目不动产首次登记办理周期长，企业无法及时办理抵押融资。',
        department: '区自然资源局',
        status: 'rectifying',
        dueDate: '2019-07-31',
      },
    ],
  },
  {
    title: '《张店民声》优化营商环境专题问政第二期：打通政策落实的“中梗阻”',
    programme: PROGRAMME,
    number: 2,
    airDate: '2019-05-14',
    summary: '聚焦政策落实中的“中梗阻”，曝光一次性告知不到位、执法尺度不一等问题。',
    departments: [
      '区市场监督管理局',
      '区交通运输局',
      '区综合行政执法局',
      '区人力资源和社会保障局',
      '区公安分局',
    ],
    problems: [
      {
        description: '个体工商户办理变更登记时，窗口一次性告知不到位，群众多次往返补交材料。',
        department: '区市场监督管理局',
        status: 'resolved',
        dueDate: '2019-05-31',
        resolution: '修订一次性告知单并在窗口和“爱张店”APP公开，对窗口人员开展专题培训。',
      },
      {
        description: '物流企业反映货运车辆审验排队时间长，影响正常运营。',
        department: '区交通运输局',
        status: 'resolved',
        dueDate: '2019-05-31',
        resolution: '开通预约办理，增设审验窗口，材料齐全的车辆审验当场办结。',
      },
      {
        description: '沿街商户反映门头牌匾设置标准不明确，不同路段执法尺度不一。',
        department: '区综合行政执法局',
        status: 'rectifying',
        dueDate: '2019-06-30',
      },
      {
        description: '企业反映稳岗补贴申领材料繁琐、到账时间长。',
        department: '区人力资源和社会保障局',
        status: 'rectifying',
        dueDate: '2019-06-30',
      },
      {
        description: '商圈周边临时停车位不足，顾客停车难影响商户经营。',
        department: '区公安分局',
        status: 'open',
        dueDate: '2019-08-31',
      },
    ],
  },
  {
    title: '《张店民声》问政“回头看”：第一期曝光问题整改情况',
    programme: PROGRAMME,
    number: 3,
    airDate: '2019-06-18',
    summary: '回访第一期问政曝光问题现场，检验整改成效。',
    departments: ['区住房和城乡建设局', '区自然资源局'],
    followUpOf: 1,
    draft: true,
    problems: [
      {
        description: '第一期曝光的园区企业污水管网接入问题，回访确认已整改到位。',
        department: '区住房和城乡建设局',
        status: 'resolved',
        dueDate: '2019-05-31',
        resolution: '企业已正常排水，园区同类问题完成排查。',
      },
      {
        description: '工业项目不动产首次登记周期长的问题，仍在整改中。',
        department: '区自然资源局',
        status: 'rectifying',
        dueDate: '2019-07-31',
      },
    ],
  },
];
