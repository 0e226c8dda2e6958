import torch

h = 1e-6
x = torch.tensor(0.5)
lo, hi = x - h, x + h

# 第一处舍入在输入：x ± h 本身也存成 float32，两点的实际间隔不是 2h
gap = (hi - lo).item()
print(f"{gap:.6g}")
#> 2.02656e-06

# 只看这一处：在这两个 float32 点上用 float64 算 σ（输出几乎不舍入），
# 分别除以 2h 和除以实际间隔
exact = (torch.sigmoid(hi.double()) - torch.sigmoid(lo.double())).item()
print(round(exact / (2 * h), 4), round(exact / gap, 4))
#> 0.2381 0.235

# 第二处舍入在输出：float32 的 σ 值只能是格点上的数，0.5 到 1 之间相邻两个相差 step
s = torch.sigmoid(x)
step = (torch.nextafter(s, torch.tensor(1.0)) - s).item()
print(step)
#> 5.960464477539063e-08
# 分子的精确值是几格，float32 算出的分子是几格
numerator = (torch.sigmoid(hi) - torch.sigmoid(lo)).item()
print(round(exact / step, 2), numerator / step)
#> 7.99 7.0

# 两处舍入叠在一起，就是题目里差分的结果
print(round(numerator / (2 * h), 4))
#> 0.2086
