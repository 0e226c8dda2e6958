import torch

x = torch.tensor([1.0, 2, 4, 8])
y = torch.tensor([2.0, 2, 2, 2])

# 形状相同的两个张量，运算符作用在对应位置的元素上
print(x + y)
#> tensor([ 3.,  4.,  6., 10.])
print(x - y)
#> tensor([-1.,  0.,  2.,  6.])
print(x * y)
#> tensor([ 2.,  4.,  8., 16.])
print(x / y)
#> tensor([0.5000, 1.0000, 2.0000, 4.0000])
print(x**y)
#> tensor([ 1.,  4., 16., 64.])
