import torch

x = torch.tensor([1.0, 2.0, 3.0])

# 标量和张量的每个元素各算一次，结果与 x 同形
print(x + 10)
#> tensor([11., 12., 13.])
print(x - 1)
#> tensor([0., 1., 2.])
print(2 * x)
#> tensor([2., 4., 6.])
print(x / 2)
#> tensor([0.5000, 1.0000, 1.5000])

# 减法和除法不能交换两边
print(1 - x)
#> tensor([ 0., -1., -2.])
print(6 / x)
#> tensor([6., 3., 2.])

# 标量相当于一个与 x 同形、每个元素都是它的张量
print(torch.equal(2 * x, torch.full_like(x, 2) * x))
#> True
