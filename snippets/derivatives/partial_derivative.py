import torch


# f(x1, x2) = x1^2·x2 + sin(x2)
def f(x):
    return x[0] ** 2 * x[1] + torch.sin(x[1])


x = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
f(x).backward()
# x.grad 的第 j 个位置就是 ∂f/∂x_j：两个偏导一次得到
print(x.grad)
#> tensor([4.0000, 0.5839], dtype=torch.float64)

# 手算：对 x1 求导时 x2 是常数，对 x2 求导时 x1 是常数
x1, x2 = x.detach()
by_hand = torch.stack([2 * x1 * x2, x1**2 + torch.cos(x2)])
print(torch.allclose(x.grad, by_hand))
#> True

# 按定义：只沿第 j 个坐标轴 e_j 挪动 x，其余坐标不动（这里用中心差分）
h = 1e-6
for j, e in enumerate(torch.eye(2, dtype=torch.float64)):
    central = (f(x.detach() + h * e) - f(x.detach() - h * e)) / (2 * h)
    print(j + 1, round(central.item(), 6), round(by_hand[j].item(), 6))
    #> 1 4.0 4.0
    #> 2 0.583853 0.583853
