import torch

h = 1e-6
x = torch.tensor(0.5)
# σ(0.5) ≈ 0.62；nextafter 给出 float32 里紧挨着它的下一个数，两者之差就是这里的最小间隔
s = torch.sigmoid(x)
step = torch.nextafter(s, torch.tensor(1.0)) - s
print(step.item())
#> 5.960464477539063e-08
# 分子两端都在 0.5 与 1 之间，只能是这个间隔的整数倍：只剩几格，有效数字所剩无几
numerator = torch.sigmoid(x + h) - torch.sigmoid(x - h)
print((numerator / step).item())
#> 7.0

# 修正：换成 float64，公式一字不改
x = torch.tensor(0.5, dtype=torch.float64)
s = torch.sigmoid(x)
by_hand = s * (1 - s)
central = (torch.sigmoid(x + h) - torch.sigmoid(x - h)) / (2 * h)
print(by_hand.item(), central.item())
#> 0.2350037122015945 0.23500371221230054
# float64 算出的分子，用上面 float32 的间隔来量，是几格
print(((torch.sigmoid(x + h) - torch.sigmoid(x - h)) / step).item())
#> 7.885416081175208
print(torch.allclose(central, by_hand))
#> True
