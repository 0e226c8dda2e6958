import torch

prices = torch.arange(4)
# 赋值不会改变张量的类型：它仍是整数张量
prices[1:3] = 2.7
print(prices.dtype)
#> torch.int64

# 写入时直接去掉小数部分（向 0 取整），负数也一样
prices[0] = -2.7
print(prices)
#> tensor([-2,  2,  2,  3])

# 一开始就创建浮点张量，才能装下 2.7
prices = torch.arange(4.0)
prices[1:3] = 2.7
print(prices)
#> tensor([0.0000, 2.7000, 2.7000, 3.0000])
